using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace ResponseCriteria.Batch.Tests;

public sealed class SubjectIdsTest
{
    /// <summary>
    /// Id parts: ASCII, a prefix of another, accented, a BMP character above the surrogates (U+FF21) and one beyond the BMP
    /// (U+1F600), which UTF-8 and UTF-16 order differently, and lone surrogates (not valid UTF-16: no UTF-8 of their own).
    /// </summary>
    private static readonly string[] Parts = ["S", "S-1", "S-10", "S-2", "", "é", "Ａ", "😀", "z", "0", "\uD800", "\uDC01"];

    /// <summary>Ids mostly in ascending runs (as sorted tables give), with some out of order and repeated.</summary>
    private static Gen<string[]> Ids()
        => Gen.Elements(Parts).ArrayOf().Select(p => string.Concat(p)).ArrayOf().SelectMany(ids => Gen.Elements(true, false).Select(sort => sort ? [.. ids.OrderBy(i => i, System.StringComparer.Ordinal)] : ids));

    [Property(MaxTest = 500)]
    public Property Add_AnySequence_AsAHashSetOfStrings()
        => Prop.ForAll(Ids().ToArbitrary(), Ids().ToArbitrary(), (added, probes) =>
        {
            var ids = new SubjectIds();
            var model = new HashSet<string>(System.StringComparer.Ordinal);
            var sameAdds = added.All(id => ids.Add(id) == model.Add(id));
            var sameLookups = probes.Concat(added).All(id => ids.Contains(id) == model.Contains(id));
            return (sameAdds && sameLookups).Label($"added [{string.Join(", ", added)}], probes [{string.Join(", ", probes)}]");
        });

    [Fact]
    public void Add_ManySortedIds_FewBytesEachAndEveryOneFound()
    {
        const int Count = 200_000;
        var ids = new SubjectIds();
        for (var i = 0; i < Count; i++)
        {
            Assert.True(ids.Add(Id(i)));
        }

        // Blocks of 64 KB filled with front-coded ids: about 4 bytes an id where a set of strings takes about 70.
        Assert.InRange(ids.RunBytes / (double)Count, 1, 8);
        Assert.Equal(0, ids.OutOfOrder);
        for (var i = 0; i < Count; i += 7)
        {
            Assert.True(ids.Contains(Id(i)));
            Assert.False(ids.Add(Id(i)));
            Assert.False(ids.Contains(Id(i) + "a"));
            Assert.False(ids.Contains(Id(i)[..^1]));
        }

        Assert.False(ids.Contains(Id(Count)));
        Assert.Equal(0, ids.OutOfOrder);
    }

    [Fact]
    public void Add_IdsOutOfOrder_EachOnceInAboutTwentyFiveBytes()
    {
        // Numbered without padding, as a table grouped in numeric order gives them: "P10" sorts before "P9".
        const int Count = 200_000;
        var ids = new SubjectIds();
        for (var i = Count; i > 0; i--)
        {
            Assert.True(ids.Add("P" + i.ToString(CultureInfo.InvariantCulture)));
        }

        // All but the few that sort above every id before them ("P3" above "P200000") arrive out of order.
        Assert.InRange(ids.OutOfOrder, Count - 10, Count - 1);
        Assert.InRange(ids.OutOfOrderBytes / (double)Count, 10, 32);
        for (var i = 1; i <= Count; i += 3)
        {
            Assert.False(ids.Add("P" + i.ToString(CultureInfo.InvariantCulture)));
            Assert.True(ids.Contains("P" + i.ToString(CultureInfo.InvariantCulture)));
            Assert.False(ids.Contains("Q" + i.ToString(CultureInfo.InvariantCulture)));
        }

        Assert.False(ids.Contains("P0"));
    }

    [Fact]
    public void Add_IdsLongerThanABlock_FoundAcrossBlocks()
    {
        var ids = new SubjectIds();
        var longIds = Enumerable.Range(0, 5).Select(i => new string((char)('a' + i), 70_000) + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        Assert.All(longIds, id => Assert.True(ids.Add(id)));
        Assert.All(longIds, id => Assert.True(ids.Contains(id)));
        Assert.False(ids.Contains(new string('b', 70_000)));
        Assert.Equal(0, ids.OutOfOrder);
    }

    private static string Id(int i) => "SUBJ-" + i.ToString("D7", CultureInfo.InvariantCulture);
}
