using System.Text.Json.Serialization;

namespace Bittensor.Sdk.Tests.Synapses;

[JsonSerializable(typeof(DummySynapse))]
[JsonSerializable(typeof(EchoSynapse))]
[JsonSerializable(typeof(StreamPrompt))]
internal sealed partial class TestJsonContext : JsonSerializerContext;
