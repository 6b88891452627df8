using FluentValidation;
using Matchmaker.Domain.Common;

namespace Matchmaker.Web.Infrastructure.Web;

/// <summary>Field rules shared by several forms, with the messages users see.</summary>
public static class CommonRules
{
    public static IRuleBuilderOptions<T, string> UsState<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Choose a U.S. state.")
            .Must(UsStates.IsValid).WithMessage("Choose a U.S. state from the list.");

    public static IRuleBuilderOptions<T, string> UsZip<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Enter the ZIP code.")
            .Matches(@"^[0-9]{5}(-[0-9]{4})?$").WithMessage("ZIP code must be 5 digits, or ZIP+4 like 60606-1234.");

    public static IRuleBuilderOptions<T, string> Text<T>(this IRuleBuilder<T, string> rule, string label, int maxLength) =>
        rule.NotEmpty().WithMessage($"Enter the {label}.")
            .MaximumLength(maxLength).WithMessage($"{Capitalize(label)} must be at most {maxLength} characters.");

    public static IRuleBuilderOptions<T, string> Phone<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Enter a phone number.")
            .MaximumLength(30).WithMessage("Phone must be at most 30 characters.")
            .Matches(@"^[0-9+() .\-x]{7,30}$").WithMessage("Enter a phone number using digits, spaces, ( ) - + or x.");

    public static IRuleBuilderOptions<T, string?> Website<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(200).WithMessage("Website must be at most 200 characters.")
            .Must(BeHttpUrl).WithMessage("Enter a full web address starting with https:// or http://.");

    public static IRuleBuilderOptions<T, string> Email<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Enter an email address.")
            .MaximumLength(256).WithMessage("Email must be at most 256 characters.")
            .EmailAddress().WithMessage("Enter a valid email address, like name@company.com.");

    private static bool BeHttpUrl(string? value) =>
        string.IsNullOrWhiteSpace(value) ||
        (Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));

    private static string Capitalize(string label) => char.ToUpperInvariant(label[0]) + label[1..];
}
