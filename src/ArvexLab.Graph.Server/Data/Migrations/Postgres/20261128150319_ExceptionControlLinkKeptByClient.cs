using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ArvexLab.Graph.Server.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ExceptionControlLinkKeptByClient : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ControlExceptions_Controls_ControlId",
                table: "ControlExceptions");

            migrationBuilder.AddForeignKey(
                name: "FK_ControlExceptions_Controls_ControlId",
                table: "ControlExceptions",
                column: "ControlId",
                principalTable: "Controls",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ControlExceptions_Controls_ControlId",
                table: "ControlExceptions");

            migrationBuilder.AddForeignKey(
                name: "FK_ControlExceptions_Controls_ControlId",
                table: "ControlExceptions",
                column: "ControlId",
                principalTable: "Controls",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }
    }
}
