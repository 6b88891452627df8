using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Matchmaker.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Leads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Leads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerOrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CustomerCompany = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NormalizedCompany = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    CustomerCity = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CustomerState = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CustomerPostalCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    CustomerZip5 = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    CustomerEmailDomain = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CustomerIndustry = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CustomerSize = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CustomerConsented = table.Column<bool>(type: "INTEGER", nullable: false),
                    Need = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    EstimatedValueCents = table.Column<long>(type: "INTEGER", nullable: false),
                    Timeframe = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Route = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ClaimBounty = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequireOwnerConsent = table.Column<bool>(type: "INTEGER", nullable: false),
                    PossibleDuplicateOfLeadId = table.Column<int>(type: "INTEGER", nullable: true),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    WonValueCents = table.Column<long>(type: "INTEGER", nullable: true),
                    LossReason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    OutcomeText = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AcceptedReferralId = table.Column<int>(type: "INTEGER", nullable: true),
                    AcceptedByOrganizationId = table.Column<int>(type: "INTEGER", nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Leads_Leads_PossibleDuplicateOfLeadId",
                        column: x => x.PossibleDuplicateOfLeadId,
                        principalTable: "Leads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Leads_Organizations_OwnerOrganizationId",
                        column: x => x.OwnerOrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OrganizationRelationships",
                columns: table => new
                {
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    OtherOrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AddedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AddedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganizationRelationships", x => new { x.OrganizationId, x.OtherOrganizationId });
                    table.ForeignKey(
                        name: "FK_OrganizationRelationships_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OrganizationRelationships_Organizations_OtherOrganizationId",
                        column: x => x.OtherOrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgramSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    BountyAmountCents = table.Column<long>(type: "INTEGER", nullable: false),
                    BountyBudgetCents = table.Column<long>(type: "INTEGER", nullable: false),
                    ReferralResponseDays = table.Column<int>(type: "INTEGER", nullable: false),
                    QueueServiceLevelBusinessDays = table.Column<int>(type: "INTEGER", nullable: false),
                    DuplicateWindowDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgramSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LeadAccessLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LeadId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LeadAccessLog", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LeadAccessLog_Leads_LeadId",
                        column: x => x.LeadId,
                        principalTable: "Leads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LeadEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LeadId = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    FromStatus = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ToStatus = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: true),
                    ReferralId = table.Column<int>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LeadEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LeadEvents_Leads_LeadId",
                        column: x => x.LeadId,
                        principalTable: "Leads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LeadProductArea",
                columns: table => new
                {
                    LeadId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProductAreaId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LeadProductArea", x => new { x.LeadId, x.ProductAreaId });
                    table.ForeignKey(
                        name: "FK_LeadProductArea_Leads_LeadId",
                        column: x => x.LeadId,
                        principalTable: "Leads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LeadProductArea_ProductAreas_ProductAreaId",
                        column: x => x.ProductAreaId,
                        principalTable: "ProductAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Referrals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LeadId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceiverOrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Route = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OfferedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    OfferedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeadlineUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RespondedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RespondedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DeclineText = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Referrals_Leads_LeadId",
                        column: x => x.LeadId,
                        principalTable: "Leads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Referrals_Organizations_ReceiverOrganizationId",
                        column: x => x.ReceiverOrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LeadAccessLog_LeadId_AtUtc",
                table: "LeadAccessLog",
                columns: new[] { "LeadId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_LeadEvents_LeadId_AtUtc",
                table: "LeadEvents",
                columns: new[] { "LeadId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_LeadProductArea_ProductAreaId_LeadId",
                table: "LeadProductArea",
                columns: new[] { "ProductAreaId", "LeadId" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_NormalizedCompany_SubmittedAtUtc",
                table: "Leads",
                columns: new[] { "NormalizedCompany", "SubmittedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_OwnerOrganizationId_EstimatedValueCents",
                table: "Leads",
                columns: new[] { "OwnerOrganizationId", "EstimatedValueCents" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_OwnerOrganizationId_Status_SubmittedAtUtc",
                table: "Leads",
                columns: new[] { "OwnerOrganizationId", "Status", "SubmittedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_OwnerOrganizationId_SubmittedAtUtc",
                table: "Leads",
                columns: new[] { "OwnerOrganizationId", "SubmittedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_PossibleDuplicateOfLeadId",
                table: "Leads",
                column: "PossibleDuplicateOfLeadId");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Route_Status_SubmittedAtUtc",
                table: "Leads",
                columns: new[] { "Route", "Status", "SubmittedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationRelationships_OrganizationId_Kind",
                table: "OrganizationRelationships",
                columns: new[] { "OrganizationId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationRelationships_OtherOrganizationId",
                table: "OrganizationRelationships",
                column: "OtherOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_LeadId_ReceiverOrganizationId",
                table: "Referrals",
                columns: new[] { "LeadId", "ReceiverOrganizationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OneAcceptedPerLead",
                table: "Referrals",
                column: "LeadId",
                unique: true,
                filter: "\"Status\" = 'Accepted'");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ReceiverOrganizationId_Status_DeadlineUtc",
                table: "Referrals",
                columns: new[] { "ReceiverOrganizationId", "Status", "DeadlineUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_Status_DeadlineUtc",
                table: "Referrals",
                columns: new[] { "Status", "DeadlineUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LeadAccessLog");

            migrationBuilder.DropTable(
                name: "LeadEvents");

            migrationBuilder.DropTable(
                name: "LeadProductArea");

            migrationBuilder.DropTable(
                name: "OrganizationRelationships");

            migrationBuilder.DropTable(
                name: "ProgramSettings");

            migrationBuilder.DropTable(
                name: "Referrals");

            migrationBuilder.DropTable(
                name: "Leads");
        }
    }
}
