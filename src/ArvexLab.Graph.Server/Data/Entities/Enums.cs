namespace ArvexLab.Graph.Server.Data.Entities;

public enum Criticality { Low = 0, Medium = 1, High = 2, Critical = 3 }

public enum VendorStatus { Active = 0, Archived = 1 }

public enum EvidenceKind { Soc2TypeI = 0, Soc2TypeII = 1, Soc3 = 2, Iso27001Certificate = 3, BridgeLetter = 4, Other = 5 }

public enum EvidenceStatus { Queued = 0, Extracting = 1, Extracted = 2, Failed = 3 }

public enum EvidenceReviewStatus { Pending = 0, Approved = 1, Rejected = 2 }

public enum ReviewState { Pending = 0, Confirmed = 1, Corrected = 2, Rejected = 3 }

public enum ControlResult { NoExceptions = 0, Exception = 1, NotTested = 2, Unknown = 3 }

public enum Opinion { Unmodified = 0, Qualified = 1, Adverse = 2, Disclaimer = 3 }

public enum SubserviceMethod { CarveOut = 0, Inclusive = 1 }

public enum CuecStatus { Open = 0, InProgress = 1, Implemented = 2, NotApplicable = 3 }

public enum MappingRelationship { Equal = 0, Subset = 1, Superset = 2, Intersect = 3 }

public enum ControlMappingMethod { Explicit = 0, Derived = 1, Inferred = 2, Manual = 3 }

public enum PostureGrade { A = 0, B = 1, C = 2, D = 3, F = 4 }

public enum FlagSeverity { Info = 0, Low = 1, Medium = 2, High = 3, Critical = 4 }

public enum PostureFlagCode
{
    NoEvidence = 0, ScopeMissingService = 1, Soc2TypeIOnly = 2, Soc2PeriodTooShort = 3, Soc2PeriodStale = 4,
    BridgeLetterMissing = 5, OpinionModified = 6, ControlException = 7, CarvedOutSubserviceWithoutEvidence = 8,
    IsoCertificateExpired = 9, IsoCertificateExpiring = 10, Iso27001Edition2013 = 11, AccreditationBodyNotRecognized = 12,
    CuecWithoutOwner = 13, Soc3Only = 14,
}
