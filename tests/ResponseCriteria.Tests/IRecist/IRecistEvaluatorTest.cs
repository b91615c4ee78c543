using System.Linq;
using ResponseCriteria.IRecist;
using ResponseCriteria.Responses;
using ResponseCriteria.Results;

namespace ResponseCriteria.Tests.IRecist;

/// <summary>Tests of <see cref="IRecistEvaluator"/>, split by facet into partial files.</summary>
public sealed partial class IRecistEvaluatorTest
{
    private static EvaluationResult Eval(SeriesBuilder builder, IRecistOptions? options = null)
        => new IRecistEvaluator(options).Evaluate(builder.Build());

    private static string[] Codes(EvaluationResult result)
        => result.TimePoints.Select(tp => ResponseCodes.ToCode(tp.Response, Criteria.IRecist)).ToArray();

    /// <summary>One liver target, baseline 50 mm on 2024-01-01, then the given (date, size) follow-ups.</summary>
    private static SeriesBuilder OneTarget(params (string Date, string Size)[] followUps)
    {
        var builder = new SeriesBuilder().Target("T1").At("2024-01-01", "50");
        foreach (var (date, size) in followUps)
        {
            builder.At(date, size);
        }

        return builder;
    }
}
