package se.oroshub.connector.healthcare.intake;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import se.oroshub.connector.healthcare.fhir.Issue;

/**
 * Finds the parts of a concern report in a submitted document: the {@code Communication}, the child's {@code Patient},
 * the sending {@code Organization} and the reporting professional's {@code PractitionerRole} and {@code Practitioner}.
 *
 * <p>Parts are found by following the Communication's {@code subject} and {@code sender} references (and the
 * PractitionerRole's {@code practitioner} and {@code organization}); where a reference is absent, the one resource of
 * that type in the document is taken. A document is a {@code Bundle} (message, collection or transaction) or a
 * {@code Communication} with the other parts {@code contained}.
 */
final class SubmissionReader {

    private static final Set<BundleType> ACCEPTED_BUNDLE_TYPES =
            Set.of(BundleType.MESSAGE, BundleType.COLLECTION, BundleType.TRANSACTION);

    /** The parts found, and every problem met finding them. */
    record Parts(
            Optional<Located<Communication>> communication,
            Optional<Located<Patient>> patient,
            Optional<Located<Organization>> organization,
            Optional<Located<PractitionerRole>> practitionerRole,
            Optional<Located<Practitioner>> practitioner,
            List<Issue> issues) {}

    Parts read(IBaseResource document) {
        if (document instanceof Bundle bundle) {
            return new Reading(bundle).parts();
        }
        if (document instanceof Communication communication) {
            return new Reading(communication).parts();
        }
        String type = document.fhirType();
        return new Parts(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(Issue.at(
                        type,
                        "unexpected_resource_type",
                        IssueType.STRUCTURE,
                        "Expected a Bundle or a Communication, but the body is a " + type + ".")));
    }

    private static final class Reading {

        private final List<Issue> issues = new ArrayList<>();
        private final List<Located<? extends Resource>> resources = new ArrayList<>();
        private final Map<String, Located<? extends Resource>> byReference = new LinkedHashMap<>();
        private final Map<Resource, Located<? extends Resource>> byInstance = new IdentityHashMap<>();
        private final String containerPath;
        private Located<Communication> communication;

        Reading(Bundle bundle) {
            containerPath = "Bundle.entry";
            if (!bundle.hasType()) {
                issues.add(Issue.at(
                        "Bundle.type",
                        "missing_bundle_type",
                        IssueType.REQUIRED,
                        "The Bundle has no type; send a message, collection or transaction Bundle."));
            } else if (!ACCEPTED_BUNDLE_TYPES.contains(bundle.getType())) {
                issues.add(Issue.at(
                        "Bundle.type",
                        "unsupported_bundle_type",
                        IssueType.VALUE,
                        "A Bundle of type '" + bundle.getType().toCode()
                                + "' is not accepted; send a message, collection or transaction Bundle."));
            }
            List<Bundle.BundleEntryComponent> entries = bundle.getEntry();
            for (int i = 0; i < entries.size(); i++) {
                Bundle.BundleEntryComponent entry = entries.get(i);
                if (!entry.hasResource()) {
                    issues.add(Issue.at(
                            "Bundle.entry[" + i + "]",
                            "entry_without_resource",
                            IssueType.STRUCTURE,
                            "Every entry must hold a resource."));
                    continue;
                }
                Located<Resource> located = new Located<>(entry.getResource(), "Bundle.entry[" + i + "].resource");
                register(located);
                if (entry.hasFullUrl()) {
                    byReference.put(entry.getFullUrl(), located);
                }
            }
            List<Located<Communication>> communications = all(Communication.class);
            if (communications.isEmpty()) {
                issues.add(Issue.at(
                        containerPath,
                        "missing_communication",
                        IssueType.REQUIRED,
                        "The Bundle holds no Communication; the report itself is a Communication."));
            } else {
                communication = communications.get(0);
                for (Located<Communication> extra : communications.subList(1, communications.size())) {
                    issues.add(Issue.at(
                            extra.path(),
                            "more_than_one_communication",
                            IssueType.INVALID,
                            "A Bundle carries exactly one report; this is a second Communication."));
                }
            }
        }

        Reading(Communication root) {
            containerPath = "Communication.contained";
            communication = new Located<>(root, "Communication");
            List<Resource> contained = root.getContained();
            for (int i = 0; i < contained.size(); i++) {
                Located<Resource> located = new Located<>(contained.get(i), "Communication.contained[" + i + "]");
                register(located);
                String id = contained.get(i).getIdElement().getIdPart();
                if (id != null) {
                    byReference.put("#" + (id.startsWith("#") ? id.substring(1) : id), located);
                }
            }
        }

        private void register(Located<Resource> located) {
            resources.add(located);
            byInstance.put(located.resource(), located);
            Resource resource = located.resource();
            if (resource.getIdElement().hasIdPart()) {
                byReference.putIfAbsent(
                        resource.fhirType() + "/" + resource.getIdElement().getIdPart(), located);
            }
        }

        Parts parts() {
            if (communication == null) {
                return new Parts(
                        Optional.empty(),
                        one(Patient.class),
                        one(Organization.class),
                        one(PractitionerRole.class),
                        one(Practitioner.class),
                        issues);
            }
            Communication c = communication.resource();
            Optional<Located<Patient>> patient = follow(c.getSubject(), communication.at("subject"), Patient.class);
            if (patient.isEmpty() && !c.hasSubject()) {
                patient = one(Patient.class);
            }
            if (patient.isEmpty() && !c.hasSubject()) {
                issues.add(
                        all(Patient.class).isEmpty()
                                ? Issue.at(
                                        containerPath,
                                        "missing_patient",
                                        IssueType.REQUIRED,
                                        "No Patient for the child: add the child as a Patient and refer to it from "
                                                + "Communication.subject.")
                                : Issue.at(
                                        communication.at("subject"),
                                        "ambiguous_patient",
                                        IssueType.REQUIRED,
                                        "There is more than one Patient: say which is the child with Communication.subject."));
            }

            Optional<Located<PractitionerRole>> role = Optional.empty();
            Optional<Located<Practitioner>> practitioner = Optional.empty();
            Optional<Located<Organization>> organization = Optional.empty();
            if (c.hasSender()) {
                Optional<Located<Resource>> sender = follow(c.getSender(), communication.at("sender"), Resource.class);
                role = sender.flatMap(s -> as(s, PractitionerRole.class));
                practitioner = sender.flatMap(s -> as(s, Practitioner.class));
                organization = sender.flatMap(s -> as(s, Organization.class));
            }
            if (role.isEmpty()) {
                role = one(PractitionerRole.class);
            }
            if (role.isPresent()) {
                PractitionerRole r = role.get().resource();
                if (practitioner.isEmpty() && r.hasPractitioner()) {
                    practitioner = follow(r.getPractitioner(), role.get().at("practitioner"), Practitioner.class);
                }
                if (organization.isEmpty() && r.hasOrganization()) {
                    organization = follow(r.getOrganization(), role.get().at("organization"), Organization.class);
                }
            }
            if (practitioner.isEmpty()) {
                practitioner = one(Practitioner.class);
            }
            if (organization.isEmpty()) {
                organization = one(Organization.class);
            }
            if (organization.isEmpty() && all(Organization.class).size() > 1) {
                issues.add(Issue.at(
                        communication.at("sender"),
                        "ambiguous_organisation",
                        IssueType.REQUIRED,
                        "There is more than one Organization: refer to the sending one from the PractitionerRole "
                                + "in Communication.sender."));
            } else if (organization.isEmpty()) {
                issues.add(Issue.at(
                        containerPath,
                        "missing_reporting_organisation",
                        IssueType.REQUIRED,
                        "No Organization for the sender: a mandatory reporter reports for an organisation, "
                                + "identified by its HSA id."));
            }
            if (practitioner.isEmpty()) {
                issues.add(Issue.at(
                        communication.at("sender"),
                        "anonymous_mandatory_reporter",
                        IssueType.REQUIRED,
                        "No Practitioner for the reporting professional: a mandatory reporter reports in their "
                                + "professional role and cannot be anonymous."));
            }
            return new Parts(Optional.of(communication), patient, organization, role, practitioner, issues);
        }

        private <T extends Resource> Optional<Located<T>> follow(Reference reference, String path, Class<T> type) {
            if (reference == null || reference.isEmpty()) {
                return Optional.empty();
            }
            Located<? extends Resource> target = null;
            if (reference.hasReference()) {
                target = byReference.get(reference.getReference());
            } else if (reference.getResource() instanceof Resource resolved) {
                target = byInstance.get(resolved);
            }
            if (target == null) {
                if (!reference.hasReference()) {
                    return Optional.empty();
                }
                issues.add(Issue.at(
                        path,
                        "unresolved_reference",
                        IssueType.INVALID,
                        "The reference does not point to a resource in the submitted document."));
                return Optional.empty();
            }
            Optional<Located<T>> typed = as(target, type);
            if (typed.isEmpty()) {
                issues.add(Issue.at(
                        path,
                        "wrong_reference_target",
                        IssueType.INVALID,
                        "The reference points to a " + target.resource().fhirType() + ", which does not belong here."));
            }
            return typed;
        }

        private <T extends Resource> Optional<Located<T>> one(Class<T> type) {
            List<Located<T>> found = all(type);
            return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
        }

        private <T extends Resource> List<Located<T>> all(Class<T> type) {
            List<Located<T>> found = new ArrayList<>();
            for (Located<? extends Resource> located : resources) {
                as(located, type).ifPresent(found::add);
            }
            return found;
        }

        @SuppressWarnings("unchecked")
        private static <T extends Resource> Optional<Located<T>> as(
                Located<? extends Resource> located, Class<T> type) {
            return type.isInstance(located.resource()) ? Optional.of((Located<T>) located) : Optional.empty();
        }
    }
}
