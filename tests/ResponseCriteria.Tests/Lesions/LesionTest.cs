using System;
using ResponseCriteria.Lesions;
using Xunit;

namespace ResponseCriteria.Tests.Lesions;

public sealed class LesionTest
{
    [Fact]
    public void Constructor_Valid_KeepsValues()
    {
        var lesion = new Lesion("T1", "Liver", LesionRole.Target, isLymphNode: true);
        Assert.Equal("T1", lesion.Id);
        Assert.Equal("Liver", lesion.Organ);
        Assert.True(lesion.IsTarget);
        Assert.True(lesion.IsLymphNode);
    }

    [Theory]
    [InlineData("", "liver")]
    [InlineData(" ", "liver")]
    [InlineData("T1", "")]
    public void Constructor_EmptyText_Throws(string id, string organ)
        => Assert.Throws<ArgumentException>(() => new Lesion(id, organ, LesionRole.Target));

    [Fact]
    public void Constructor_NullOrUnknownRole_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new Lesion(null!, "liver", LesionRole.Target));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Lesion("T1", "liver", (LesionRole)7));
    }

    [Fact]
    public void OrganComparer_IgnoresCase()
        => Assert.True(Lesion.OrganComparer.Equals("LIVER", "liver"));
}
