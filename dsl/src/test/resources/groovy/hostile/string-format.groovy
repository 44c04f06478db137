// expect: groovy-forbidden
template(String.format('%0999999999d', 1)) { version '1' }
