using System;
using System.Collections.Generic;
using System.Linq;
using ResponseCriteria.Lesions;
using ResponseCriteria.Series;
using Xunit;

namespace ResponseCriteria.Tests.Series;

public sealed class LesionMapTest
{
    private static KeyValuePair<string, Measurement>[] Pairs(string[] ids, decimal first)
        => ids.Select((id, i) => new KeyValuePair<string, Measurement>(id, Measurement.FromMillimetres(first + i))).ToArray();

    [Fact]
    public void From_SameIdStringsAsTheMapBefore_SharesItsIdsKeepsItsOwnValues()
    {
        string[] ids = ["T1", "T2", "T3"];
        var first = LesionMap<Measurement>.From(Pairs(ids, 10m), "targets");
        var second = LesionMap<Measurement>.From(Pairs(ids, 20m), "targets");

        Assert.True(second.HasKeys(first.KeyArray));
        Assert.Equal([10m, 11m, 12m], ids.Select(id => first[id].Millimetres!.Value));
        Assert.Equal([20m, 21m, 22m], ids.Select(id => second[id].Millimetres!.Value));
    }

    [Fact]
    public void From_EqualIdsInOtherStringsOrOrder_OwnIds()
    {
        string[] ids = ["T1", "T2"];
        var first = LesionMap<Measurement>.From(Pairs(ids, 10m), "targets");
        var copies = LesionMap<Measurement>.From(Pairs([new string("T1".AsSpan()), new string("T2".AsSpan())], 20m), "targets");
        var reordered = LesionMap<Measurement>.From(Pairs(["T2", "T1"], 30m), "targets");

        Assert.False(copies.HasKeys(first.KeyArray));
        Assert.Equal(21m, copies["T2"].Millimetres);
        Assert.False(reordered.HasKeys(copies.KeyArray));
        Assert.Equal(30m, reordered["T2"].Millimetres);
        Assert.Equal(31m, reordered["T1"].Millimetres);
    }

    [Fact]
    public void From_RepeatedIdAfterAMapOfTheSameLength_Throws()
    {
        // Ids are checked whenever they are not the very strings of the map before: a repeat never slips through by sharing.
        _ = LesionMap<Measurement>.From(Pairs(["T1", "T2"], 10m), "targets");
        var error = Assert.Throws<ArgumentException>(() => LesionMap<Measurement>.From(Pairs(["T1", "T1"], 10m), "targets"));
        Assert.Contains("'T1' is given twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeysAndValues_Read_NotTheArraysTheMapsShare()
    {
        var map = LesionMap<Measurement>.From(Pairs(["T1", "T2"], 10m), "targets");

        Assert.IsNotType<string[]>(map.Keys);
        Assert.IsNotType<Measurement[]>(map.Values);
        Assert.Equal(["T1", "T2"], map.Keys);
    }
}
