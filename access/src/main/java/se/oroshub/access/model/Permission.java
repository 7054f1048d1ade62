package se.oroshub.access.model;

/**
 * Whether a grant allows or denies. The hub's access model only allows: whatever is not granted is denied by the
 * broker ({@code allow.everyone.if.no.acl.found=false}), which is easier to review than a mix of allows and denies.
 */
public enum Permission {
    ALLOW
}
