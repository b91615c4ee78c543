using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace ResponseCriteria.Sdtm.Tests;

public sealed class SdtmTableTest
{
    private static SdtmTable Csv(string text) => SdtmTableReader.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(text)), "t.csv");

    [Fact]
    public void Get_NameInAnyCaseOrBuiltAtRunTime_TheColumnsValue()
    {
        var table = Csv("USUBJID,TRSEQ\nA,1\nB,2\n");
        var built = new string("trseq".ToCharArray()); // not the literal: found by name, not by reference
        Assert.Equal("1", table.Get(0, "TRSEQ"));
        Assert.Equal("1", table.Get(0, "trseq"));
        Assert.Equal("2", table.Get(1, built));
        Assert.Equal("B", table.Get(1, "UsubjId"));
    }

    [Fact]
    public void Get_AbsentColumn_EmptyEveryTime()
    {
        var table = Csv("USUBJID\nA\n");
        Assert.Equal(string.Empty, table.Get(0, "TRLNKID"));
        Assert.Equal(string.Empty, table.Get(0, "TRLNKID"));
        Assert.False(table.Has("TRLNKID"));
    }

    [Fact]
    public void Get_MoreNamesThanRemembered_EveryValueRight()
    {
        // 100 columns asked for in turn, twice: remembered names are replaced by others and looked up again.
        var names = Enumerable.Range(0, 100).Select(c => "C" + c).ToArray();
        var table = Csv(string.Join(",", names) + "\n" + string.Join(",", names.Select(n => "v" + n)) + "\n");
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var name in names)
            {
                Assert.Equal("v" + name, table.Get(0, name));
            }
        }
    }

    [Fact]
    public void Get_ManyThreadsAtOnce_EveryValueRight()
    {
        var names = Enumerable.Range(0, 40).Select(c => "C" + c).ToArray();
        var table = Csv(string.Join(",", names) + "\n" + string.Join(",", names.Select(n => "v" + n)) + "\n");
        var wrong = 0;
        Parallel.For(0, 8, t =>
        {
            for (var r = 0; r < 20_000; r++)
            {
                var name = names[(r * 7 + t) % names.Length];
                if (table.Get(0, name) != "v" + name)
                {
                    System.Threading.Interlocked.Increment(ref wrong);
                }
            }
        });
        Assert.Equal(0, wrong);
    }

    [Fact]
    public void ReadCsv_ColumnOfMoreDistinctValuesThanPooled_EveryValueKept()
    {
        // 6,000 distinct sequence numbers (past the 4,096 values a column pools) and a repeated subject id.
        var text = new StringBuilder("USUBJID,TRSEQ\n");
        for (var i = 0; i < 6_000; i++)
        {
            text.Append("S1,").Append(i).Append('\n');
        }

        var table = Csv(text.ToString());
        Assert.Equal(6_000, table.RowCount);
        Assert.All(Enumerable.Range(0, 6_000), i => Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), table.Get(i, "TRSEQ")));
        Assert.Same(table.Get(0, "USUBJID"), table.Get(5_999, "USUBJID"));
    }
}
