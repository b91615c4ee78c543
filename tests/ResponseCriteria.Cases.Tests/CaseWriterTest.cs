using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ResponseCriteria.Responses;
using ResponseCriteria.Tests;
using Xunit;

namespace ResponseCriteria.Cases.Tests;

public sealed class CaseWriterTest
{
    [Fact]
    public void Write_FormatExample_ReadsBackIdentically()
    {
        var json = System.IO.File.ReadAllText(System.IO.Path.Combine(Repository.Root, "docs", "examples", "seed-case-recist.json"));
        var once = CaseWriter.Write(CaseReader.Parse(json, "seed"));
        var twice = CaseWriter.Write(CaseReader.Parse(once, "seed-written"));
        Assert.Equal(once, twice);
        Assert.Contains("\"formatVersion\": 1", once);
        Assert.Contains("\"progressionDate\": \"2022-05-13\"", once);
    }

    [Fact]
    public void Write_NoProgressionExpected_WritesNull()
    {
        var series = new SeriesBuilder().Target("T1").At("2024-01-01", "20").At("2024-02-26", "TSTM").New("N1", "NE", equivocal: true).Build();
        var c = new CaseFile("x", Criteria.IRecist, series, "t", new CaseOptions { IUpdConfirmationMaxDays = 112 }, new ExpectedCalls(["iSD"], "iSD", true, null, ["pseudoprogression"]));
        var json = CaseWriter.Write(c);
        Assert.Contains("\"progressionDate\": null", json);
        Assert.Contains("\"T1\": \"TSTM\"", json);
        Assert.Contains("\"size\": \"NE\"", json);
        Assert.Contains("\"equivocal\": true", json);
        var back = CaseReader.Parse(json, "x.json");
        Assert.Equal(112, back.Options.IUpdConfirmationMaxDays);
        Assert.Equal(["pseudoprogression"], back.Expected!.Patterns);
        Assert.Equal(Criteria.IRecist, back.Criteria);
    }

    /// <summary>Writes a case as the reader sees it, field by field (an independent view of equality).</summary>
    private static string Fingerprint(CaseFile c)
    {
        var text = new System.Text.StringBuilder($"{c.Id}|{c.Criteria}|{c.Title}|");
        foreach (var l in c.Series.Lesions)
        {
            text.Append($"{l.Id},{l.Organ},{l.Role},{l.IsLymphNode};");
        }

        foreach (var a in new[] { c.Series.Baseline }.Concat(c.Series.FollowUps))
        {
            text.Append($"@{a.Date}:");
            foreach (var l in c.Series.Lesions)
            {
                text.Append(l.IsTarget ? $"{a.Target(l.Id)}," : $"{a.NonTarget(l.Id)},");
            }

            foreach (var n in a.NewLesions)
            {
                text.Append($"[{n.Id},{n.Organ},{n.IsLymphNode},{n.Size},{n.Status},{n.IsEquivocal},{n.Role}]");
            }
        }

        return text.ToString();
    }

    [Property(MaxTest = 200)]
    public Property WriteThenRead_GeneratedCase_Equal()
        => Prop.ForAll(SeriesGenerators.Plausible().ToArbitrary(), series =>
        {
            var c = new CaseFile("generated", Criteria.Recist11, series, "generated case");
            var back = CaseReader.Parse(CaseWriter.Write(c), "generated.json");
            return Fingerprint(back) == Fingerprint(c);
        });
}
