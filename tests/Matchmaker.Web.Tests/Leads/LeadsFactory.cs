using Matchmaker.Data;
using Matchmaker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Web.Tests.Leads;

/// <summary>
/// The whole application as <see cref="MatchmakerFactory"/> runs it, without the background expiry
/// job (tests run the expiry themselves, at the moment they choose) and with every SQL command counted.
/// </summary>
public sealed class LeadsFactory : MatchmakerFactory
{
    public SqlCommandCounter Commands { get; } = new();

    /// <summary>How many SQL commands one piece of work sends.</summary>
    public async Task<int> CommandsDuringAsync(Func<Task> work)
    {
        Commands.Reset();
        await work();
        return Commands.Count;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Leads:RunExpiryJob", "false");
        builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<MatchmakerDbContext>(options => options.AddInterceptors(Commands)));
    }
}
