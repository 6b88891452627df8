namespace Matchmaker.Web.Features.Leads;

/// <summary>Runs the referral expiry every minute (Leads:ExpiryIntervalSeconds) in each web instance.</summary>
public sealed class ReferralExpiryService(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<ReferralExpiryService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(5, configuration.GetValue("Leads:ExpiryIntervalSeconds", 60)));
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ReferralExpiry>().ExpireDueAsync(stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                logger.LogError(failure, "Referral expiry run failed; it will run again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
