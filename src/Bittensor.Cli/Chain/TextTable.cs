namespace Bittensor.Cli.Chain;

/// <summary>A plain aligned table with a title, header rule and right-aligned numbers (btcli's rich tables, in text).</summary>
public sealed class TextTable(string title, params string[] columns)
{
    private readonly List<string[]> _rows = [];

    public void Add(params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != columns.Length)
        {
            throw new ArgumentException($"a row has {cells.Length} cells for {columns.Length} columns", nameof(cells));
        }

        _rows.Add(cells);
    }

    public void Write(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        int[] widths = [.. columns.Select((c, i) => Math.Max(c.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length)))];
        output.WriteLine(title);
        output.WriteLine(string.Join("  ", columns.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
        output.WriteLine(string.Join("  ", widths.Select(w => new string('━', w))));
        foreach (string[] row in _rows)
        {
            output.WriteLine(string.Join("  ", row.Select((c, i) => IsNumber(c) ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).TrimEnd());
        }
    }

    private static bool IsNumber(string cell) => cell.Length > 0 && (char.IsDigit(cell[^1]) && (char.IsDigit(cell[0]) || cell[0] is 'τ' or 'α' or '-'));
}
