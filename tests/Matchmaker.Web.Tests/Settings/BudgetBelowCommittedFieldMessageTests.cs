using Matchmaker.Web.Tests.Infrastructure;

namespace Matchmaker.Web.Tests.Settings;

/// <summary>A budget below what is committed is a bad value of one field: its message belongs beside that field.</summary>
public sealed class BudgetBelowCommittedFieldMessageTests(MatchmakerFactory factory) : IClassFixture<MatchmakerFactory>
{
    [Fact]
    public async Task A_budget_below_what_is_committed_gets_its_message_beside_the_budget_field()
    {
        using var admin = await factory.CreateSignedInBrowserAsync(Matchmaker.Data.Seeding.DemoAccounts.Admin);

        using var response = await admin.SubmitFormAsync("/admin/settings", "/admin/settings", ("Input.BountyBudget", "499.99"));

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal("The budget cannot be lower than what is already approved or paid.", page.FieldError("Input.BountyBudget"));
    }
}
