using ResponseCriteria.Responses;
using ResponseCriteria.Results;
using ResponseCriteria.Series;

namespace ResponseCriteria.Cohorts;

/// <summary>An evaluator of one criteria (RECIST 1.1 or iRECIST): pure and thread-safe, so one instance serves a whole cohort on every core.</summary>
public interface IResponseEvaluator
{
    /// <summary>The criteria the evaluator applies.</summary>
    Criteria Criteria { get; }

    /// <summary>Evaluates one series; bad data gives diagnostics and NE calls, never an exception.</summary>
    /// <param name="series">The series.</param>
    /// <returns>The result.</returns>
    EvaluationResult Evaluate(PatientSeries series);
}
