using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Matchmaker.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReviewQueue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Leads_Route_Status_SubmittedAtUtc",
                table: "Leads");

            migrationBuilder.AddColumn<DateTime>(
                name: "ClaimedAtUtc",
                table: "Leads",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClaimedByUserId",
                table: "Leads",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RejectionReason",
                table: "Leads",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RejectionText",
                table: "Leads",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Status_ClaimedByUserId_SubmittedAtUtc",
                table: "Leads",
                columns: new[] { "Status", "ClaimedByUserId", "SubmittedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Status_CustomerState_Id",
                table: "Leads",
                columns: new[] { "Status", "CustomerState", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Status_EstimatedValueCents_Id",
                table: "Leads",
                columns: new[] { "Status", "EstimatedValueCents", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Status_SubmittedAtUtc_Id",
                table: "Leads",
                columns: new[] { "Status", "SubmittedAtUtc", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Leads_Status_ClaimedByUserId_SubmittedAtUtc",
                table: "Leads");

            migrationBuilder.DropIndex(
                name: "IX_Leads_Status_CustomerState_Id",
                table: "Leads");

            migrationBuilder.DropIndex(
                name: "IX_Leads_Status_EstimatedValueCents_Id",
                table: "Leads");

            migrationBuilder.DropIndex(
                name: "IX_Leads_Status_SubmittedAtUtc_Id",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "ClaimedAtUtc",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "ClaimedByUserId",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "RejectionReason",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "RejectionText",
                table: "Leads");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Route_Status_SubmittedAtUtc",
                table: "Leads",
                columns: new[] { "Route", "Status", "SubmittedAtUtc" });
        }
    }
}
