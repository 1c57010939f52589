// Tests of this module are added with the module itself.
