using System.Text.Json.Serialization;

namespace Bittensor.Sdk.Synapses;

/// <summary>Source-generated JSON metadata for the SDK's own synapse types.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(Synapse))]
[JsonSerializable(typeof(TerminalInfo))]
internal sealed partial class SynapseJsonContext : JsonSerializerContext;
