using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace ResponseCriteria.Batch.Tests;

public sealed class Utf8StringsTest
{
    [Property(MaxTest = 300)]
    public Property Get_AnySequenceOfValues_EachDecodedAsWritten()
        => Prop.ForAll(Gen.Elements("S-001", "T1", "target", "", "lymph node", "Leber – Segment VII", "日本", new string('x', 65), "T2", "nonTarget").ArrayOf().ToArbitrary(), values =>
        {
            var strings = new Utf8Strings();
            return values.All(v => strings.Get(Encoding.UTF8.GetBytes(v)) == v);
        });

    [Fact]
    public void Get_RepeatedValue_TheSameString()
    {
        var strings = new Utf8Strings();
        var first = strings.Get("S-001"u8);
        Assert.Same(first, strings.Get("S-001"u8));
        Assert.Equal("S-002", strings.Get("S-002"u8));
    }

    [Fact]
    public void Get_APatientsLesionIdsInTurn_EachDecodedOnce()
    {
        // A patient's rows go round its lesion ids visit after visit: each stays cached (with a direct-mapped cache T1 and
        // T3 evicted each other on every row).
        var strings = new Utf8Strings();
        string[] ids = ["T1", "T2", "T3", "T4", "T5", "NT1", "NT2", "NL1", "P1234", "liver", "lung", "mediastinum"];
        var first = ids.Select(id => strings.Get(Encoding.UTF8.GetBytes(id))).ToArray();
        for (var visit = 0; visit < 8; visit++)
        {
            for (var k = 0; k < ids.Length; k++)
            {
                Assert.Same(first[k], strings.Get(Encoding.UTF8.GetBytes(ids[k])));
            }
        }
    }

    [Fact]
    public void Get_ManyDistinctValues_EachRight()
    {
        var strings = new Utf8Strings();
        for (var i = 0; i < 10_000; i++)
        {
            Assert.Equal("subject " + i, strings.Get(Encoding.UTF8.GetBytes("subject " + i)));
            Assert.Equal("subject " + (i / 2), strings.Get(Encoding.UTF8.GetBytes("subject " + (i / 2))));
        }
    }
}
