namespace Matchmaker.Web.Infrastructure.Email;

public sealed class EmailOptions
{
    /// <summary>Pickup writes .eml files to a folder (development); Smtp sends through a server.</summary>
    public string Mode { get; set; } = "Pickup";

    public string PickupFolder { get; set; } = "mail";

    public string From { get; set; } = "Matchmaker <no-reply@matchmaker.test>";

    public SmtpOptions Smtp { get; set; } = new();

    public sealed class SmtpOptions
    {
        public string Host { get; set; } = string.Empty;

        public int Port { get; set; } = 587;

        public bool UseStartTls { get; set; } = true;

        public string UserName { get; set; } = string.Empty;

        public string Password { get; set; } = string.Empty;
    }
}
