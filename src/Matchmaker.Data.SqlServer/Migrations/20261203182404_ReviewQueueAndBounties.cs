using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Matchmaker.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ReviewQueueAndBounties : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Leads_Route_Status_SubmittedAtUtc",
                table: "Leads");

            migrationBuilder.AddColumn<long>(
                name: "BountyCommittedCents",
                table: "ProgramSettings",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClaimedAtUtc",
                table: "Leads",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClaimedByUserId",
                table: "Leads",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RejectionReason",
                table: "Leads",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RejectionText",
                table: "Leads",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Bounties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LeadId = table.Column<int>(type: "int", nullable: false),
                    BeneficiaryOrganizationId = table.Column<int>(type: "int", nullable: false),
                    ReceiverOrganizationId = table.Column<int>(type: "int", nullable: false),
                    AmountCents = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    PossibleDuplicate = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DecidedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DuplicateOverrideReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    RejectionReason = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    RejectionText = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    PaidByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    PaidAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    PaymentReference = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    PaymentDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bounties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bounties_Leads_LeadId",
                        column: x => x.LeadId,
                        principalTable: "Leads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bounties_Organizations_BeneficiaryOrganizationId",
                        column: x => x.BeneficiaryOrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bounties_Organizations_ReceiverOrganizationId",
                        column: x => x.ReceiverOrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SettingChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Setting = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    OldValue = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    NewValue = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    ChangedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SettingChanges", x => x.Id);
                });

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

            migrationBuilder.CreateIndex(
                name: "IX_Bounties_BeneficiaryOrganizationId_CreatedAtUtc",
                table: "Bounties",
                columns: new[] { "BeneficiaryOrganizationId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Bounties_LeadId",
                table: "Bounties",
                column: "LeadId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Bounties_ReceiverOrganizationId",
                table: "Bounties",
                column: "ReceiverOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Bounties_Status_CreatedAtUtc",
                table: "Bounties",
                columns: new[] { "Status", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SettingChanges_ChangedAtUtc",
                table: "SettingChanges",
                column: "ChangedAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Bounties");

            migrationBuilder.DropTable(
                name: "SettingChanges");

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
                name: "BountyCommittedCents",
                table: "ProgramSettings");

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
