using Matchmaker.Web.Infrastructure.Security;

namespace Matchmaker.Web.Tests.Security;

public sealed class CommonPasswordValidatorTests
{
    [Theory]
    [InlineData("password1234")]
    [InlineData("Password1234")]
    [InlineData("qwertyuiop12")]
    [InlineData("passwordpassword")]
    [InlineData("111111111111")]
    [InlineData("123456789012")]
    [InlineData("abcdefghijkl")]
    [InlineData("qwertyqwerty")]
    [InlineData("Summer2026!!")]
    [InlineData("matchmaker2026")]
    [InlineData("correcthorsebatterystaple")]
    [InlineData("!!dragon2026!!")]
    [InlineData("monkeymonkeymonkey")]
    [InlineData("aaaabbbbaaaa")]
    public void A_common_or_patterned_password_is_weak(string password)
    {
        Assert.True(CommonPasswordValidator.IsWeak(password, "someone@partner.example"));
    }

    [Theory]
    [InlineData("dana.whitfield-2026!", "dana.whitfield@lakeshore.example")]
    [InlineData("my-DANA-password-xyz", "dana@lakeshore.example")]
    public void A_password_containing_the_local_part_of_the_email_is_weak(string password, string email)
    {
        Assert.True(CommonPasswordValidator.IsWeak(password, email));
    }

    [Fact]
    public void A_local_part_shorter_than_four_characters_is_not_held_against_the_password()
    {
        Assert.False(CommonPasswordValidator.IsWeak("al-tractor-mango-harbor", "al@partner.example"));
    }

    [Theory]
    [InlineData("violet tractor mango harbor")]
    [InlineData("Lakeshore-riverboat-quilt-7")]
    [InlineData("purple elephants juggle quietly")]
    [InlineData("Tr0ub4dor&3-Kettle-Fjord")]
    public void A_good_passphrase_is_not_weak(string password)
    {
        Assert.False(CommonPasswordValidator.IsWeak(password, "dana@lakeshore.example"));
    }

    [Fact]
    public void A_passphrase_of_more_than_64_characters_is_not_weak()
    {
        const string passphrase = "the quiet orange heron waits beside the frozen canal every single winter morning";

        Assert.True(passphrase.Length > 64);
        Assert.False(CommonPasswordValidator.IsWeak(passphrase, "dana@lakeshore.example"));
    }
}
