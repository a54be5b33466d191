using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ArvexLab.Graph.Server.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CatalogAdministration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Requirements",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "RequirementMappings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "EvidenceExpiryNotices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<long>(type: "bigint", nullable: false),
                    DocumentId = table.Column<long>(type: "bigint", nullable: false),
                    VendorId = table.Column<long>(type: "bigint", nullable: false),
                    ThresholdDays = table.Column<int>(type: "integer", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceExpiryNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvidenceExpiryNotices_EvidenceDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "EvidenceDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EvidenceExpiryNotices_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RequirementMappings_BuiltIn_Source_Target",
                table: "RequirementMappings",
                columns: new[] { "SourceRequirementId", "TargetRequirementId" },
                unique: true,
                filter: "\"OrganizationId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Frameworks_BuiltIn_Key_CatalogVersion",
                table: "Frameworks",
                columns: new[] { "Key", "CatalogVersion" },
                unique: true,
                filter: "\"OrganizationId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceExpiryNotices_DocumentId_ThresholdDays_ExpiresOn",
                table: "EvidenceExpiryNotices",
                columns: new[] { "DocumentId", "ThresholdDays", "ExpiresOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceExpiryNotices_OrganizationId_RecordedAt",
                table: "EvidenceExpiryNotices",
                columns: new[] { "OrganizationId", "RecordedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EvidenceExpiryNotices");

            migrationBuilder.DropIndex(
                name: "IX_RequirementMappings_BuiltIn_Source_Target",
                table: "RequirementMappings");

            migrationBuilder.DropIndex(
                name: "IX_Frameworks_BuiltIn_Key_CatalogVersion",
                table: "Frameworks");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Requirements");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "RequirementMappings");
        }
    }
}
