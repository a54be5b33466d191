using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ArvexLab.Graph.Server.Data.Migrations.Sqlite
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<long>(type: "INTEGER", nullable: false),
                    VendorId = table.Column<long>(type: "INTEGER", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Grade = table.Column<int>(type: "INTEGER", nullable: false),
                    FlagCount = table.Column<int>(type: "INTEGER", nullable: false),
                    EvaluatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ComputedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<long>(type: "INTEGER", nullable: false),
                    PostureId = table.Column<long>(type: "INTEGER", nullable: false),
                    Code = table.Column<int>(type: "INTEGER", nullable: false),
                    Severity = table.Column<int>(type: "INTEGER", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DocumentId = table.Column<long>(type: "INTEGER", nullable: true),
                    Page = table.Column<int>(type: "INTEGER", nullable: true),
                    BoxX0 = table.Column<double>(type: "REAL", nullable: true),
                    BoxY0 = table.Column<double>(type: "REAL", nullable: true),
                    BoxX1 = table.Column<double>(type: "REAL", nullable: true),
                    BoxY1 = table.Column<double>(type: "REAL", nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
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
