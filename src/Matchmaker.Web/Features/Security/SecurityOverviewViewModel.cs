namespace Matchmaker.Web.Features.Security;

public sealed record SecurityOverviewViewModel(
    string Email, string DisplayName, string TimeZoneId, bool TwoFactorEnabled, int RecoveryCodesLeft, bool MachineRemembered);
