using System.Collections.Generic;

namespace ResponseCriteria.Results;

/// <summary>The new-lesion finding at one time point.</summary>
public sealed class NewLesionResult
{
    /// <summary>No new lesion (shared: results are immutable).</summary>
    internal static NewLesionResult None { get; } = new(NewLesionRule.None, [], []);

    internal NewLesionResult(NewLesionRule rule, IReadOnlyList<string> lesions, IReadOnlyList<string> equivocalLesions)
    {
        Rule = rule;
        Lesions = lesions;
        EquivocalLesions = equivocalLesions;
    }

    /// <summary>Whether the new lesions make this time point a progression.</summary>
    public bool IsProgression => Rule is NewLesionRule.NewLesion or NewLesionRule.EquivocalConfirmedLater;

    /// <summary>The rule that decided the finding.</summary>
    public NewLesionRule Rule { get; }

    /// <summary>The new lesions present and counted (unequivocal, or equivocal and confirmed later).</summary>
    public IReadOnlyList<string> Lesions { get; }

    /// <summary>The equivocal new lesions not (yet) confirmed.</summary>
    public IReadOnlyList<string> EquivocalLesions { get; }
}
