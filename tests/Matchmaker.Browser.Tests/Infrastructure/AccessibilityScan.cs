namespace Matchmaker.Browser.Tests.Infrastructure;

/// <summary>One axe scan: the violations that fail a test, and the rule ids of the lesser ones.</summary>
public sealed record AccessibilityScan(IReadOnlyList<string> Serious, IReadOnlyList<string> LesserRuleIds);
