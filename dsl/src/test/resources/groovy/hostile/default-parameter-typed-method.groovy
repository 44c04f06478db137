// expect: groovy-forbidden
int f(int x = new File('@CREATED@').write('pwned')) { 1 }
template('x') { version "${f()}" }
