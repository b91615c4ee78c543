using System.IO;

namespace ResponseCriteria.Cases.Tests;

/// <summary>Locates the repository root (the folder holding ResponseCriteria.sln) from the test's output folder.</summary>
internal static class Repository
{
    internal static string Root { get; } = Find();

    /// <summary>The test data inside the repository (<c>tests/data</c>: conformance cases and pharmaverse SDTM files; see its README).</summary>
    internal static string Data => Path.Combine(Root, "tests", "data");

    /// <summary>A pharmaverse SDTM file of <c>tests/data/pharmaverse</c> by its plain name; the large ones are stored as <c>.gz</c>.</summary>
    internal static string Pharmaverse(string name)
    {
        var path = Path.Combine(Data, "pharmaverse", name);
        return File.Exists(path) ? path : path + ".gz";
    }

    /// <summary>A folder for the files tests write: inside the test's output folder, so inside the repository (never the system temp folder).</summary>
    internal static string Scratch { get; } = Directory.CreateDirectory(Path.Combine(System.AppContext.BaseDirectory, "scratch")).FullName;

    private static string Find()
    {
        var dir = new DirectoryInfo(System.AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ResponseCriteria.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("ResponseCriteria.sln not found above " + System.AppContext.BaseDirectory);
    }
}
