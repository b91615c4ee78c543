using NodaTime;
using ResponseCriteria.Confirmation;
using ResponseCriteria.Responses;
using Xunit;

namespace ResponseCriteria.Tests.Confirmation;

public sealed class ResponseCallTest
{
    private static readonly LocalDate Date = new(2024, 3, 1);

    [Fact]
    public void Equals_SameDateAndResponse_Equal()
    {
        var a = new ResponseCall(Date, Response.PartialResponse);
        var b = new ResponseCall(Date, Response.PartialResponse);
        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Theory]
    [InlineData(0, Response.StableDisease)] // another response
    [InlineData(1, Response.PartialResponse)] // another date
    public void Equals_DateOrResponseDiffers_NotEqual(int days, Response response)
    {
        var a = new ResponseCall(Date, Response.PartialResponse);
        var b = new ResponseCall(Date.PlusDays(days), response);
        Assert.False(a.Equals(b));
        Assert.False(a == b);
        Assert.True(a != b);
        Assert.False(a.Equals((object)"PR"));
        Assert.False(a.Equals(null));
    }

    [Fact]
    public void Properties_AsGiven()
    {
        var call = new ResponseCall(Date, Response.CompleteResponse);
        Assert.Equal(Date, call.Date);
        Assert.Equal(Response.CompleteResponse, call.Response);
        Assert.Contains("2024-03-01", call.ToString(), System.StringComparison.Ordinal);
    }
}
