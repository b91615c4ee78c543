using System;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace ResponseCriteria.Batch.Tests;

public sealed class RecentStringsTest
{
    [Property(MaxTest = 300)]
    public Property Get_AnySequenceOfValues_EachDecodedAsWritten()
        => Prop.ForAll(Gen.Elements("S-001", "T1", "target", "", "lymph node", "Leber – Segment VII", "日本", new string('x', 65), "T2", "nonTarget").ArrayOf().ToArbitrary(), values =>
        {
            var strings = new RecentStrings<byte>();
            return values.All(v => strings.Get(Encoding.UTF8.GetBytes(v)) == v);
        });

    [Property(MaxTest = 300)]
    public Property Get_AnySequenceOfValuesAsChars_EachMadeAsWritten()
        => Prop.ForAll(Gen.Elements("S-001", "T1", "target", "", "lymph node", "Leber – Segment VII", "日本", new string('x', 65), "T2", "nonTarget").ArrayOf().ToArbitrary(), values =>
        {
            var strings = new RecentStrings<char>();
            return values.All(v => strings.Get(v.AsSpan()) == v);
        });

    [Fact]
    public void Get_RepeatedValue_TheSameString()
    {
        var strings = new RecentStrings<byte>();
        var first = strings.Get("S-001"u8);
        Assert.Same(first, strings.Get("S-001"u8));
        Assert.Equal("S-002", strings.Get("S-002"u8));
    }

    [Fact]
    public void Get_APatientsLesionIdsInTurn_EachDecodedOnce()
    {
        // A patient's rows go round its lesion ids visit after visit: each stays cached (with a direct-mapped cache T1 and
        // T3 evicted each other on every row).
        var bytes = new RecentStrings<byte>();
        var chars = new RecentStrings<char>();
        string[] ids = ["T1", "T2", "T3", "T4", "T5", "NT1", "NT2", "NL1", "P1234", "liver", "lung", "mediastinum"];
        var fromBytes = ids.Select(id => bytes.Get(Encoding.UTF8.GetBytes(id))).ToArray();
        var fromChars = ids.Select(id => chars.Get(new string(id.AsSpan()).AsSpan())).ToArray();
        for (var visit = 0; visit < 8; visit++)
        {
            for (var k = 0; k < ids.Length; k++)
            {
                Assert.Same(fromBytes[k], bytes.Get(Encoding.UTF8.GetBytes(ids[k])));
                Assert.Same(fromChars[k], chars.Get(ids[k].AsSpan()));
            }
        }
    }

    [Fact]
    public void Get_ManyDistinctValues_EachRight()
    {
        var strings = new RecentStrings<byte>();
        for (var i = 0; i < 10_000; i++)
        {
            Assert.Equal("subject " + i, strings.Get(Encoding.UTF8.GetBytes("subject " + i)));
            Assert.Equal("subject " + (i / 2), strings.Get(Encoding.UTF8.GetBytes("subject " + (i / 2))));
        }
    }
}
