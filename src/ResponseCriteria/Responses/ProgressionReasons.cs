using System;

namespace ResponseCriteria.Responses;

/// <summary>Which categories of disease show progression at a time point (several at once are possible).</summary>
[Flags]
public enum ProgressionReasons : byte
{
    /// <summary>No progression.</summary>
    None = 0,

    /// <summary>The target sum meets the progression rule (or target disease reappeared after a complete response).</summary>
    Target = 1,

    /// <summary>Unequivocal non-target progression (or non-target disease reappeared after a complete response).</summary>
    NonTarget = 2,

    /// <summary>One or more new lesions.</summary>
    NewLesion = 4,
}
