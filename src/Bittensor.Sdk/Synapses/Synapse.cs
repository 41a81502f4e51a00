using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Bittensor.Sdk.Synapses;

/// <summary>
/// A request/response message between a dendrite and an axon (bittensor/core/synapse.py <c>Synapse</c>). The base
/// class is itself the "ping" synapse served at <c>/Synapse</c>; subclasses add fields and declare their hash fields.
/// </summary>
/// <remarks>
/// A subclass:
/// <list type="bullet">
/// <item>names its JSON properties in snake_case as the Python model does (<c>[JsonPropertyName]</c> or a snake_case context);</item>
/// <item>overrides <see cref="JsonTypeInfo"/> with its source-generated type info (no reflection; AOT-safe);</item>
/// <item>overrides <see cref="AddHashFields"/> to add its <c>required_hash_fields</c> in order;</item>
/// <item>lists its required (no-default) fields in <see cref="RequiredInputFields"/> so Python axons can parse its headers.</item>
/// </list>
/// The route name is the class name (<see cref="SynapseName"/>), as upstream.
/// </remarks>
public class Synapse
{
    /// <summary>Upstream's default query timeout, in seconds.</summary>
    public const double DefaultTimeoutSeconds = 12.0;

    /// <summary>HTTP route name; set to <see cref="SynapseName"/> when sent.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Total query time budget in seconds (default 12).</summary>
    [JsonPropertyName("timeout")]
    public double? Timeout { get; set; } = DefaultTimeoutSeconds;

    /// <summary>Informational total size (bytes); upstream fills it with Python's getsizeof.</summary>
    [JsonPropertyName("total_size")]
    public long? TotalSize { get; set; } = 0;

    /// <summary>Informational header size (bytes).</summary>
    [JsonPropertyName("header_size")]
    public long? HeaderSize { get; set; } = 0;

    /// <summary>The caller's terminal.</summary>
    [JsonPropertyName("dendrite")]
    public TerminalInfo? Dendrite { get; set; } = new();

    /// <summary>The server's terminal.</summary>
    [JsonPropertyName("axon")]
    public TerminalInfo? Axon { get; set; } = new();

    /// <summary>The body hash the sender computed (sent in the <c>computed_body_hash</c> header; "" in the body).</summary>
    [JsonPropertyName("computed_body_hash")]
    public string? ComputedBodyHash { get; set; } = "";

    /// <summary>The route name: the class name, as bittensor uses <c>synapse.__class__.__name__</c>.</summary>
    [JsonIgnore]
    public virtual string SynapseName => GetType().Name;

    /// <summary>Source-generated JSON metadata for the concrete type (override in every subclass).</summary>
    [JsonIgnore]
    public virtual JsonTypeInfo JsonTypeInfo => SynapseJsonContext.Default.Synapse;

    /// <summary>Required (no default) fields, for the <c>bt_header_input_obj_*</c> headers Python axons need.</summary>
    [JsonIgnore]
    public virtual IReadOnlyList<SynapseInputField> RequiredInputFields => [];

    /// <summary>The <c>required_hash_fields</c> names, in order.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> RequiredHashFields
    {
        get
        {
            BodyHashBuilder builder = new();
            AddHashFields(builder);
            return builder.FieldNames;
        }
    }

    /// <summary>True when the dendrite recorded HTTP 200.</summary>
    [JsonIgnore]
    public bool IsSuccess => Dendrite?.StatusCode == 200;

    /// <summary>True when the dendrite recorded anything but 200.</summary>
    [JsonIgnore]
    public bool IsFailure => Dendrite is not null && Dendrite.StatusCode != 200;

    /// <summary>True on 408.</summary>
    [JsonIgnore]
    public bool IsTimeout => Dendrite?.StatusCode == 408;

    /// <summary>True on 403.</summary>
    [JsonIgnore]
    public bool IsBlacklist => Dendrite?.StatusCode == 403;

    /// <summary>True on 401.</summary>
    [JsonIgnore]
    public bool FailedVerification => Dendrite?.StatusCode == 401;

    /// <summary>The body hash over <see cref="RequiredHashFields"/> (hex SHA3-256).</summary>
    public string ComputeBodyHash()
    {
        BodyHashBuilder builder = new();
        AddHashFields(builder);
        return builder.Compute();
    }

    /// <summary>Throws unless <see cref="JsonTypeInfo"/> describes this exact type (a subclass that forgot to override it).</summary>
    /// <exception cref="InvalidOperationException">The type info is for another type.</exception>
    public void EnsureJsonTypeInfo()
    {
        if (JsonTypeInfo.Type != GetType())
        {
            throw new InvalidOperationException(
                $"{GetType().Name} must override {nameof(JsonTypeInfo)} with its own source-generated type info (it returns {JsonTypeInfo.Type.Name}'s)");
        }
    }

    /// <summary>The JSON body (upstream <c>model_dump()</c>): every field, nulls included.</summary>
    public byte[] ToJsonBytes() => JsonSerializer.SerializeToUtf8Bytes(this, JsonTypeInfo);

    /// <summary>A deep copy through the JSON form (what fan-out to several axons sends).</summary>
    public Synapse CloneSynapse()
    {
        EnsureJsonTypeInfo();
        Synapse copy = (Synapse)(JsonSerializer.Deserialize(ToJsonBytes(), JsonTypeInfo)
            ?? throw new InvalidOperationException($"{SynapseName} serialised to JSON null"));
        copy.ComputedBodyHash = ComputedBodyHash;
        return copy;
    }

    /// <summary>Adds this synapse's hash fields in order (<c>builder.Add("field", Field)</c>); the base adds none.</summary>
    protected virtual void AddHashFields(BodyHashBuilder builder)
    {
    }

    /// <summary>
    /// Called on the response a dendrite received, with the request it sent, before it is returned: restore here
    /// any field the server must not change (upstream's <c>frozen=True</c>). The base keeps nothing.
    /// </summary>
    protected virtual void RestoreFrozenFields(Synapse request)
    {
    }

    internal void RestoreFrozenFieldsFrom(Synapse request) => RestoreFrozenFields(request);
}
