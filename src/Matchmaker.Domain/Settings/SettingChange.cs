namespace Matchmaker.Domain.Settings;

/// <summary>One recorded change of a program setting: who, when, the old and the new value.</summary>
public sealed class SettingChange
{
    private SettingChange()
    {
        Setting = string.Empty;
        OldValue = string.Empty;
        NewValue = string.Empty;
        ChangedByUserId = string.Empty;
    }

    public SettingChange(string setting, string oldValue, string newValue, string changedByUserId, DateTime changedAtUtc)
    {
        Setting = setting;
        OldValue = oldValue;
        NewValue = newValue;
        ChangedByUserId = changedByUserId;
        ChangedAtUtc = changedAtUtc;
    }

    public long Id { get; private set; }

    public string Setting { get; private set; }

    public string OldValue { get; private set; }

    public string NewValue { get; private set; }

    public string ChangedByUserId { get; private set; }

    public DateTime ChangedAtUtc { get; private set; }
}
