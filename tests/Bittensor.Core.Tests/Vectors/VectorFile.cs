using System.Text.Json;
using Bittensor.Testing;

namespace Bittensor.Core.Tests.Vectors;

/// <summary>This project's golden vector files, loaded through the shared <see cref="VectorStore"/>.</summary>
internal static class VectorFile
{
    public static JsonElement Load(string name) => VectorStore.Load(name);

    public static JsonElement SubstrateCrypto => Load("substrate-crypto.json");

    public static JsonElement FixedPoint => Load("math_fixed_point.json");
}
