namespace Matchmaker.Web.Features.Security;

public sealed record AuthenticatorSetupViewModel(string SharedKey, string QrCodeDataUri, EnableAuthenticatorInput Input);
