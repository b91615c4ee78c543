using System;
using ResponseCriteria.IRecist;
using ResponseCriteria.Recist11;
using ResponseCriteria.Responses;
using ResponseCriteria.Results;

namespace ResponseCriteria.Cases;

/// <summary>Evaluates a case under its own criteria (or others), mapping the case's options onto the evaluator's.</summary>
public static class CaseEvaluator
{
    /// <summary>The RECIST 1.1 options a case asks for: its options block over the defaults.</summary>
    /// <param name="options">The case's options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static Recist11Options ToRecist11Options(CaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var defaults = Recist11Options.Default;
        return new Recist11Options
        {
            Confirmation = options.Confirmation ?? defaults.Confirmation,
            MinimumConfirmationDays = options.MinimumConfirmationDays ?? defaults.MinimumConfirmationDays,
            MinimumStableDiseaseDays = options.MinimumStableDiseaseDays ?? defaults.MinimumStableDiseaseDays,
        };
    }

    /// <summary>The iRECIST options a case asks for: its options block over the defaults.</summary>
    /// <param name="options">The case's options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static IRecistOptions ToIRecistOptions(CaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var defaults = IRecistOptions.Default;
        return new IRecistOptions
        {
            Recist11 = ToRecist11Options(options),
            IUpdConfirmationMinimumDays = options.IUpdConfirmationMinDays ?? defaults.IUpdConfirmationMinimumDays,
            IUpdConfirmationMaximumDays = options.IUpdConfirmationMaxDays ?? defaults.IUpdConfirmationMaximumDays,
        };
    }

    /// <summary>Evaluates a case.</summary>
    /// <param name="caseFile">The case.</param>
    /// <param name="criteria">The criteria to read it with; null for the case's own.</param>
    /// <returns>The result; its <see cref="EvaluationResult.Criteria"/> says which criteria were used.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="caseFile"/> is null.</exception>
    public static EvaluationResult Evaluate(CaseFile caseFile, Criteria? criteria = null)
    {
        ArgumentNullException.ThrowIfNull(caseFile);
        return (criteria ?? caseFile.Criteria) == Criteria.IRecist
            ? new IRecistEvaluator(ToIRecistOptions(caseFile.Options)).Evaluate(caseFile.Series)
            : new Recist11Evaluator(ToRecist11Options(caseFile.Options)).Evaluate(caseFile.Series);
    }
}
