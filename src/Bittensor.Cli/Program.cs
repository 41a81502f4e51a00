using Bittensor.Cli;

return await BtcliApp.RunAsync(args).ConfigureAwait(false);
