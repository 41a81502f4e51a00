using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Bittensor.Sdk.Synapses;

namespace Bittensor.Sdk.Tests.Synapses;

/// <summary>A streaming synapse like the subnet template's StreamPrompting.</summary>
public sealed class StreamPrompt : Synapse
{
    [JsonPropertyName("prompt")]
    public string Prompt { get; set; } = "";

    [JsonIgnore]
    public override JsonTypeInfo JsonTypeInfo => TestJsonContext.Default.StreamPrompt;

    protected override void AddHashFields(BodyHashBuilder builder) => builder.Add("prompt", Prompt);
}
