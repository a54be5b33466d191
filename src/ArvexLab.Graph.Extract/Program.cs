using ArvexLab.Graph.Extract;

return CommandLine.Run(args, Console.Out, Console.Error);
