using Matchmaker.Web.Features.Organization;

namespace Matchmaker.Web.Features.Settings;

public sealed record SettingChangeRow(string Setting, string OldValue, string NewValue, string By, DateTime AtUtc);

public sealed record SettingsViewModel(SettingsInput Input, IReadOnlyList<ProductAreaOption> ProductAreas, long CommittedCents, IReadOnlyList<SettingChangeRow> History);
