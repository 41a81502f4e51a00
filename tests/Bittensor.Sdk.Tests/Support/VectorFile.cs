using System.Text.Json;
using Bittensor.Testing;

namespace Bittensor.Sdk.Tests.Support;

/// <summary>This project's golden vector files, loaded through the shared <see cref="VectorStore"/>.</summary>
internal static class VectorFile
{
    public static JsonElement Load(string name) => VectorStore.Load(name);

    public static JsonElement SynapseProtocol => Load("synapse-protocol.json");

    public static JsonElement KeyfileEncryption => Load("keyfile-encryption.json");
}
