using System.Linq;
using ResponseCriteria.Recist11;
using ResponseCriteria.Responses;
using ResponseCriteria.Results;

namespace ResponseCriteria.Tests.Recist11;

/// <summary>Tests of <see cref="Recist11Evaluator"/>, split by facet into partial files.</summary>
public sealed partial class Recist11EvaluatorTest
{
    private static EvaluationResult Eval(SeriesBuilder builder, Recist11Options? options = null)
        => new Recist11Evaluator(options).Evaluate(builder.Build());

    private static string[] Codes(EvaluationResult result)
        => result.TimePoints.Select(tp => ResponseCodes.ToCode(tp.Response, Criteria.Recist11)).ToArray();

    private static string Code(Response response) => ResponseCodes.ToCode(response, Criteria.Recist11);
}
