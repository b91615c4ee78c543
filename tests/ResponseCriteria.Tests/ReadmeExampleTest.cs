using NodaTime;
using ResponseCriteria.IRecist;
using ResponseCriteria.Lesions;
using ResponseCriteria.Recist11;
using ResponseCriteria.Responses;
using ResponseCriteria.Series;
using Xunit;

namespace ResponseCriteria.Tests;

/// <summary>The library example of README.md, kept compiling and true.</summary>
public sealed class ReadmeExampleTest
{
    [Fact]
    public void Example_AsInTheReadme_GivesTheCallsItShows()
    {
        Lesion[] lesions = [new("T1", "liver", LesionRole.Target), new("N1", "mediastinum", LesionRole.Target, isLymphNode: true)];
        var baseline = new Assessment(new LocalDate(2024, 1, 10),
            [new("T1", Measurement.FromMillimetres(40)), new("N1", Measurement.FromMillimetres(20))]);
        var week8 = new Assessment(new LocalDate(2024, 3, 6),
            [new("T1", Measurement.FromMillimetres(25)), new("N1", Measurement.FromMillimetres(12))]);

        var result = new Recist11Evaluator(new Recist11Options { Confirmation = true })
            .Evaluate(new PatientSeries(lesions, baseline, [week8]));
        Assert.StartsWith("PR: targets PR: sum 37 mm is -38.3% from baseline 60 mm", result.TimePoints[0].Explanation);
        Assert.Equal(Response.StableDisease, result.BestOverallResponse.Response); // one PR, not confirmed: SD (day 56 >= 42)

        var irecist = new IRecistEvaluator().Evaluate(new PatientSeries(lesions, baseline, [week8]));
        Assert.Equal(Response.PartialResponse, irecist.TimePoints[0].Response);
    }
}
