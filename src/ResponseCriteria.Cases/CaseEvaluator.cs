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
    /// <returns>The result, or a reason why the criteria cannot be evaluated yet.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="caseFile"/> is null.</exception>
    public static CaseOutcome Evaluate(CaseFile caseFile, Criteria? criteria = null)
    {
        ArgumentNullException.ThrowIfNull(caseFile);
        var chosen = criteria ?? caseFile.Criteria;
        return chosen switch
        {
            Criteria.Recist11 => new CaseOutcome(caseFile, chosen, new Recist11Evaluator(ToRecist11Options(caseFile.Options)).Evaluate(caseFile.Series), null),
            _ => new CaseOutcome(caseFile, chosen, new IRecistEvaluator(ToIRecistOptions(caseFile.Options)).Evaluate(caseFile.Series), null),
        };
    }
}

/// <summary>A case evaluated under some criteria: the result, or why there is none.</summary>
public sealed class CaseOutcome
{
    internal CaseOutcome(CaseFile caseFile, Criteria criteria, EvaluationResult? result, string? notEvaluatedReason)
    {
        Case = caseFile;
        Criteria = criteria;
        Result = result;
        NotEvaluatedReason = notEvaluatedReason;
    }

    /// <summary>The case.</summary>
    public CaseFile Case { get; }

    /// <summary>The criteria it was read with.</summary>
    public Criteria Criteria { get; }

    /// <summary>The result, or null when the criteria cannot be evaluated.</summary>
    public EvaluationResult? Result { get; }

    /// <summary>Why there is no result, or null.</summary>
    public string? NotEvaluatedReason { get; }
}
