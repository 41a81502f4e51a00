namespace Bittensor.Sdk.Synapses;

/// <summary>
/// The Python type of a required (no default) synapse field, for its <c>bt_header_input_obj_&lt;field&gt;</c> header:
/// upstream sends base64(json.dumps(type())) so a Python axon can build the synapse from headers alone.
/// </summary>
public enum PyDefault
{
    /// <summary><c>int()</c> → <c>0</c>.</summary>
    Int,

    /// <summary><c>float()</c> → <c>0.0</c>.</summary>
    Float,

    /// <summary><c>str()</c> → <c>""</c>.</summary>
    Str,

    /// <summary><c>bool()</c> → <c>false</c>.</summary>
    Bool,

    /// <summary><c>list()</c> → <c>[]</c>.</summary>
    List,

    /// <summary><c>dict()</c> → <c>{}</c>.</summary>
    Dict,
}
