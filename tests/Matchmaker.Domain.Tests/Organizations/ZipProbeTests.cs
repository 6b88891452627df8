using Matchmaker.Domain.Common;
using Matchmaker.Domain.Tests.Builders;

namespace Matchmaker.Domain.Tests.Organizations;

public sealed class ZipProbeTests
{
    [Theory]
    [InlineData("６０６０６")]
    [InlineData("٦٠٦٠٦")]
    public void A_zip_made_of_non_ascii_digits_is_refused(string zip)
    {
        var refused = Assert.Throws<DomainException>(() => new RegistrationBuilder { PostalCode = zip }.Register());

        Assert.Contains("ZIP code", refused.Message, StringComparison.Ordinal);
    }
}
