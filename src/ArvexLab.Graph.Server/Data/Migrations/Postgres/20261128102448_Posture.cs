using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ArvexLab.Graph.Server.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Posture : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "VendorPostures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<long>(type: "bigint", nullable: false),
                    VendorId = table.Column<long>(type: "bigint", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    Grade = table.Column<int>(type: "integer", nullable: false),
                    FlagCount = table.Column<int>(type: "integer", nullable: false),
                    EvaluatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ComputedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VendorPostures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VendorPostures_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VendorPostures_Vendors_VendorId",
                        column: x => x.VendorId,
                        principalTable: "Vendors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PostureFlags",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<long>(type: "bigint", nullable: false),
                    PostureId = table.Column<long>(type: "bigint", nullable: false),
                    Code = table.Column<int>(type: "integer", nullable: false),
                    Severity = table.Column<int>(type: "integer", nullable: false),
                    Message = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Subject = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DocumentId = table.Column<long>(type: "bigint", nullable: true),
                    Page = table.Column<int>(type: "integer", nullable: true),
                    BoxX0 = table.Column<double>(type: "double precision", nullable: true),
                    BoxY0 = table.Column<double>(type: "double precision", nullable: true),
                    BoxX1 = table.Column<double>(type: "double precision", nullable: true),
                    BoxY1 = table.Column<double>(type: "double precision", nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostureFlags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PostureFlags_EvidenceDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "EvidenceDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PostureFlags_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PostureFlags_VendorPostures_PostureId",
                        column: x => x.PostureId,
                        principalTable: "VendorPostures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PostureFlags_DocumentId",
                table: "PostureFlags",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_PostureFlags_OrganizationId_Code",
                table: "PostureFlags",
                columns: new[] { "OrganizationId", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_PostureFlags_PostureId",
                table: "PostureFlags",
                column: "PostureId");

            migrationBuilder.CreateIndex(
                name: "IX_VendorPostures_OrganizationId_Grade",
                table: "VendorPostures",
                columns: new[] { "OrganizationId", "Grade" });

            migrationBuilder.CreateIndex(
                name: "IX_VendorPostures_OrganizationId_Score",
                table: "VendorPostures",
                columns: new[] { "OrganizationId", "Score" });

            migrationBuilder.CreateIndex(
                name: "IX_VendorPostures_VendorId",
                table: "VendorPostures",
                column: "VendorId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PostureFlags");

            migrationBuilder.DropTable(
                name: "VendorPostures");
        }
    }
}
