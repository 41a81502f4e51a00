using System.Text.Json;
using Bittensor.Testing;

namespace Bittensor.Runtime.Tests.Vectors;

/// <summary>This project's golden vector files, loaded through the shared <see cref="VectorStore"/>.</summary>
internal static class VectorFile
{
    public static JsonElement Load(string name) => VectorStore.Load(name);

    public static JsonElement MathFixedPoint => Load("math_fixed_point.json");
}
