using System.Globalization;
using System.Text.Json;

namespace Bittensor.Runtime.Tests.Coinbase;

/// <summary>Reads the economics vector files' numbers, including the "u64::MAX" / "u64::MAX-1" spellings.</summary>
internal static class VectorValues
{
    public static ulong U64(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.GetUInt64();
        }

        string text = value.GetString() ?? throw new FormatException("null number");
        return text switch
        {
            "u64::MAX" => ulong.MaxValue,
            "u64::MAX-1" => ulong.MaxValue - 1,
            _ => ulong.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture),
        };
    }

    public static ulong U64(JsonElement parent, string name) => U64(parent.GetProperty(name));

    public static TheoryData<int> Indexes(JsonElement array)
    {
        TheoryData<int> data = [];
        for (int i = 0; i < array.GetArrayLength(); i++)
        {
            data.Add(i);
        }

        return data;
    }
}
